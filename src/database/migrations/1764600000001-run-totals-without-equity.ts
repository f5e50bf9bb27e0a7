import type { MigrationInterface, QueryRunner } from 'typeorm';
import { scoreWithoutEquity } from '../../matching/engine/score';
import type { ScoreComponents } from '../../matching/engine/score';
import type { ScoreWeights } from '../../matching/engine/types';

// Saved runs kept totals that included the hidden equity part, which leads read: recompute
// them with the privacy view (the engine's formula with equity at zero) from the proposals.
export class RunTotalsWithoutEquity1764600000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    type Row = { id: string; weights: ScoreWeights; breakdown: ScoreComponents | null };
    const rows = (await q.query(
      `SELECT r.id, r.weights, x.breakdown FROM match_run r LEFT JOIN match x ON x.run_id = r.id`,
    )) as Row[];
    const totals = new Map<string, number>();
    for (const row of rows) {
      const part = row.breakdown ? scoreWithoutEquity(row.breakdown, row.weights) : 0;
      totals.set(row.id, (totals.get(row.id) ?? 0) + part);
    }
    for (const [id, total] of totals) {
      await q.query(`UPDATE match_run SET total_score = $2 WHERE id = $1`, [id, total]);
    }
  }

  async down(): Promise<void> {
    // The totals with equity are not kept anywhere a lead may read: nothing to restore.
  }
}
