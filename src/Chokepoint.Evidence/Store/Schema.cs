namespace Chokepoint.Evidence.Store;

/// <summary>
/// The workspace schema as an ordered list of migrations; PRAGMA user_version holds how many have
/// run. A migration is only ever appended, never edited, so that older workspaces upgrade in place.
/// </summary>
internal static class Schema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            body TEXT NOT NULL,
            reference_year INTEGER,
            concepts TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE TABLE industries(
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            industry TEXT NOT NULL,
            hits INTEGER NOT NULL,
            terms TEXT NOT NULL,
            PRIMARY KEY(document_id, industry));
        CREATE TABLE claims(
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            country TEXT NOT NULL,
            subject TEXT NOT NULL,
            stage TEXT,
            value_pct REAL NOT NULL,
            qualifier TEXT,
            year INTEGER,
            concepts TEXT NOT NULL);
        CREATE INDEX claims_by_document ON claims(document_id);
        CREATE TABLE events(
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            issuer TEXT,
            kind TEXT NOT NULL,
            concepts TEXT NOT NULL,
            date_text TEXT,
            date TEXT);
        CREATE INDEX events_by_document ON events(document_id);
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
        """,
        // 2: claims and events locate their sentence by offsets into the document body instead of
        // storing a copy of it (claim-dense documents repeated most of their text in the claims table).
        """
        ALTER TABLE claims DROP COLUMN sentence;
        ALTER TABLE events DROP COLUMN sentence;
        """,
        // 3: the search index reads its text from the documents table (through a view that spaces
        // Chinese the way it was indexed) instead of keeping a second copy of every body.
        """
        CREATE VIEW documents_text(id, title, body) AS SELECT id, cjk_spaced(title), cjk_spaced(body) FROM documents;
        DROP TABLE documents_fts;
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content = 'documents_text', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
        """,
        // 4: each claim's status, item and industry as last worked out against a dataset (fingerprint: the dataset's
        // content and the analysis code), so a list filtered by them reads only its rows (issue 23). Written lazily by
        // the first filtered read after an ingest or a change of dataset; a row for another fingerprint is stale.
        """
        CREATE TABLE claim_labels(
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            document_id INTEGER NOT NULL,
            status TEXT NOT NULL,
            item TEXT,
            industry TEXT NOT NULL);
        CREATE INDEX claim_labels_by_status ON claim_labels(fingerprint, status, document_id, claim_id);
        CREATE INDEX claim_labels_by_item ON claim_labels(fingerprint, item, document_id, claim_id);
        CREATE INDEX claim_labels_by_industry ON claim_labels(fingerprint, industry, document_id, claim_id);
        CREATE INDEX claim_labels_by_document ON claim_labels(fingerprint, document_id, claim_id);
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Version => Migrations.Length;
}
