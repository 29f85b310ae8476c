import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
}

export interface LoadTarget {
  /** Requests to send in turn, each with its own headers; GET unless a method is given. */
  requests: {
    path: string;
    method?: 'GET' | 'POST';
    body?: string;
    headers?: Record<string, string>;
  }[];
}

/** Loads a server with autocannon: `connections` at once for `duration` seconds. */
export async function load(
  base: string,
  target: LoadTarget,
  options: { connections: number; duration: number }
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        setupRequest: (request) => {
          const {
            path,
            method = 'GET',
            body,
            headers,
          } = target.requests[next % target.requests.length];
          next += 1;
          return { ...request, path, method, body, headers: { ...request.headers, ...headers } };
        },
      },
    ],
  });
  const statuses = {
    '2xx': result['2xx'],
    '3xx': result['3xx'],
    '4xx': result['4xx'],
    '5xx': result['5xx'],
  };
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result['4xx'] + result['5xx'],
    statuses,
  };
}
