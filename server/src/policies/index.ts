import hasContentPermission from './has-content-permission';

export default { 'has-content-permission': hasContentPermission };
