/**
 * `NODE_ENV` is `production` unless the environment says otherwise, set before any library
 * loads: graphql-js chooses its type checks as it loads, and its development `instanceOf` (which
 * looks for a second copy of graphql on every type test that fails) cost the read path about a
 * tenth of its CPU. Nothing of Tandem's own depends on it: introspection, stack traces in errors
 * and the landing page are set explicitly.
 */
process.env.NODE_ENV ??= 'production';
