import { readSignupConfig } from '../lib/config';

/** The sign-up settings (see lib/config.ts), read from the environment once at boot. */
export default () => readSignupConfig();
