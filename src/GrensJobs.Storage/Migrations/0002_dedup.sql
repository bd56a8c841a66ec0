-- 0002: dedup clusters. Each vacancy carries its duplicate signature: the blocking key (occupation | place |
-- country), the employer's folded name and a 64-bit SimHash of its text. A new vacancy joins the cluster of an open
-- vacancy with the same key, a compatible employer and a near SimHash; otherwise it starts its own cluster.
ALTER TABLE vacancies ADD COLUMN dedup_key TEXT;
ALTER TABLE vacancies ADD COLUMN employer_key TEXT;
ALTER TABLE vacancies ADD COLUMN simhash INTEGER;
CREATE INDEX ix_vacancies_dedup ON vacancies (dedup_key) WHERE dedup_key IS NOT NULL AND status = 'open';
