// `node --import ./register.mjs …`: runs a program as if the optional peer dependency fast-check were not installed.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
