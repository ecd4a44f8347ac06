import { DataSource } from 'typeorm';
import { transaction } from '../shared/db';
import { Clock, IdGenerator } from '../shared/clock';
import { badInput } from '../shared/errors';
import { Post } from './post.entity';
import { CRM_LEN } from './lengths';
import { checkUuid } from './reference.service';

/** Timeline posts on CRM records (the back office reports an order's progress here). */
export class TimelineService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** The posts of a record, oldest first. */
  posts(regardingId: string): Promise<Post[]> {
    return this.db.getRepository(Post).find({ where: { regardingId }, order: { createdOn: 'ASC', id: 'ASC' } });
  }

  /**
   * Adds a post to a record's timeline. The record itself does not change (its modifiedOn
   * stays), so a post never shows up as a change to synchronize.
   */
  async addPost(regardingId: string, text: string): Promise<Post> {
    checkUuid(regardingId, 'regardingId');
    if (!text.trim()) throw badInput('A post needs some text');
    if (text.length > CRM_LEN.postText) throw badInput(`A post is at most ${CRM_LEN.postText} characters`);
    const row: Post = { id: this.ids.uuid(), regardingId, text, createdOn: this.clock.now() };
    await transaction(this.db, (m) => m.getRepository(Post).insert(row));
    return row;
  }
}
