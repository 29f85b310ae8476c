import crypto from 'crypto';
import mysql from 'mysql2/promise';
import { Client } from 'pg';

/**
 * Each integration test file gets an empty database of its own: a temporary SQLite file (set in
 * test-env.ts), a new PostgreSQL schema or a new MariaDB/MySQL database, dropped afterwards.
 */
const client = () => process.env.DATABASE_CLIENT ?? 'sqlite';

const connectionSettings = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? (client() === 'postgres' ? 5432 : 3306)),
  user: process.env.DATABASE_USERNAME,
  password: process.env.DATABASE_PASSWORD ?? '',
});

async function onPostgres(statement: string) {
  const pg = new Client({ ...connectionSettings(), database: process.env.DATABASE_NAME });
  await pg.connect();
  try {
    await pg.query(statement);
  } finally {
    await pg.end();
  }
}

async function onMysql(statement: string) {
  const connection = await mysql.createConnection(connectionSettings());
  try {
    await connection.query(statement);
  } finally {
    await connection.end();
  }
}

export async function createTestDatabase(): Promise<void> {
  const name = `fact_desk_test_${crypto.randomBytes(6).toString('hex')}`;
  if (client() === 'postgres') {
    await onPostgres(`CREATE SCHEMA ${name}`);
    process.env.DATABASE_SCHEMA = name;
  } else if (client() === 'mysql') {
    await onMysql(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    process.env.DATABASE_NAME = name;
  }
}

export async function dropTestDatabase(): Promise<void> {
  if (client() === 'postgres' && process.env.DATABASE_SCHEMA?.startsWith('fact_desk_test_')) {
    await onPostgres(`DROP SCHEMA ${process.env.DATABASE_SCHEMA} CASCADE`);
  } else if (client() === 'mysql' && process.env.DATABASE_NAME?.startsWith('fact_desk_test_')) {
    await onMysql(`DROP DATABASE ${process.env.DATABASE_NAME}`);
  }
}
