/**
 * The page runs under a Content-Security-Policy without 'unsafe-eval' (see the server's
 * security-headers.ts). zod compiles its parsers with `new Function` unless told not to, and even
 * its test of whether it may is reported as a violation; so it is told, before any schema runs.
 */
import { config } from "zod";

config({ jitless: true });
