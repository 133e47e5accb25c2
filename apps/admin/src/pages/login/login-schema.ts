// Its own module so the sign-in page can fetch the schema, and zod with it, after the form is up.
export { loginRequestSchema } from '@zhaoshang/contracts';
