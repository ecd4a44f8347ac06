import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A number series ("C00010", "C00020", ...): prefix, last number used, step and width. */
@Entity('no_series')
export class NoSeries {
  @PrimaryColumn({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'varchar', length: 10 }) prefix!: string;
  @Column({ type: 'integer' }) lastNo!: number;
  @Column({ type: 'integer' }) step!: number;
  @Column({ type: 'integer' }) width!: number;
}
