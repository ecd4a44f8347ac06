// Every test may take up to a minute: end-to-end tests start gateways and run jobs.
jest.setTimeout(60_000);
