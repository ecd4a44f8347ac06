import { DataSource } from 'typeorm';
import { Field, InputType, Int } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { transaction } from '../../shared/db';
import { badInput } from '../../shared/errors';
import { isDuplicateKeyError } from '../../shared/repository';
import { ConnectionSetup } from '../connection-setup.entity';

const SETUP_ID = 'SETUP';

/** Defaults of a new installation (DESIGN.md / issue 2). */
export const DEFAULT_SETUP: ConnectionSetup = {
  id: SETUP_ID,
  isEnabled: true,
  autoCreateSalesOrders: false,
  autoProcessQuotes: false,
  syncIntervalSeconds: 300,
};

@InputType()
export class ConnectionSetupInput {
  @Field({ nullable: true }) isEnabled?: boolean;
  @Field({ nullable: true }) autoCreateSalesOrders?: boolean;
  @Field({ nullable: true }) autoProcessQuotes?: boolean;
  @Field(() => Int, { nullable: true }) @Min(5) @Max(86400) syncIntervalSeconds?: number;
}

/** The connection setup: whether sync runs, how often, and the automatic document flows. */
export class ConnectionSetupService {
  private readonly listeners: Array<(setup: ConnectionSetup) => void> = [];

  constructor(private readonly db: DataSource) {}

  async get(): Promise<ConnectionSetup> {
    return (await this.db.getRepository(ConnectionSetup).findOneBy({ id: SETUP_ID })) ?? { ...DEFAULT_SETUP };
  }

  async ensureDefaults(): Promise<void> {
    if (await this.db.getRepository(ConnectionSetup).existsBy({ id: SETUP_ID })) return;
    await transaction(this.db, (m) => m.getRepository(ConnectionSetup).insert({ ...DEFAULT_SETUP })).catch((e) => {
      if (!isDuplicateKeyError(e)) throw e;
    });
  }

  async update(input: ConnectionSetupInput): Promise<ConnectionSetup> {
    if (Object.values(input).some((v) => v === null)) throw badInput('Connection setup fields cannot be set to null');
    const next = { ...(await this.get()), ...input };
    await transaction(this.db, (m) => m.getRepository(ConnectionSetup).save(next));
    this.listeners.forEach((l) => l(next));
    return next;
  }

  /** Lets the scheduler follow changes of the interval or of isEnabled at once. */
  onChange(listener: (setup: ConnectionSetup) => void): void {
    this.listeners.push(listener);
  }
}
