import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { SCHEMA_FILE, writeSchemaFile } from '../graphql/schema-file.js';

/** Builds the schema without a database connection and writes api/schema.graphql. */
const config = { ...loadConfig(), logLevel: 'silent' as const, webDistDir: '/nonexistent', jobWorkers: false };
const app = await createApp(config, createDataSource({ url: 'postgres://unused@127.0.0.1:1/unused' }));
const changed = await writeSchemaFile(app.get(GraphQLSchemaHost).schema);
await app.close();
console.log(changed ? `Updated ${SCHEMA_FILE}` : `${SCHEMA_FILE} is up to date`);
