"""The schema migrations' SQL, by number (the mechanism and the numbers' names are in store/migrations.py).

Never edit a migration that has shipped: add the next number. Each has its own test in tests/store/.
"""

from __future__ import annotations

MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE client (
            id INTEGER PRIMARY KEY,
            pseudonym TEXT NOT NULL UNIQUE,
            name TEXT
        );
        CREATE TABLE case_file (
            id INTEGER PRIMARY KEY,
            client_id INTEGER REFERENCES client(id) ON DELETE SET NULL,
            org_unit TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            opened TEXT NOT NULL,
            closed TEXT,
            outcome TEXT,
            position TEXT,
            gender TEXT
        );
        CREATE TABLE case_category (
            case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            PRIMARY KEY (case_id, code)
        ) WITHOUT ROWID;
        CREATE TABLE conversation (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX conversation_case ON conversation(case_id, at);
        CREATE TABLE referral (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            route TEXT NOT NULL,
            on_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            guide_version TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX referral_case ON referral(case_id);
        CREATE INDEX case_opened ON case_file(opened DESC, id DESC);
        CREATE INDEX case_status ON case_file(status, opened DESC);
    """,
    2: """
        CREATE VIRTUAL TABLE note_fts USING fts5(
            notes, content='conversation', content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO note_fts(rowid, notes) SELECT id, notes FROM conversation;
        CREATE TRIGGER conversation_fts_insert AFTER INSERT ON conversation BEGIN
            INSERT INTO note_fts(rowid, notes) VALUES (new.id, new.notes);
        END;
        CREATE TRIGGER conversation_fts_delete AFTER DELETE ON conversation BEGIN
            INSERT INTO note_fts(note_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
        END;
        CREATE TRIGGER conversation_fts_update AFTER UPDATE OF notes ON conversation BEGIN
            INSERT INTO note_fts(note_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
            INSERT INTO note_fts(rowid, notes) VALUES (new.id, new.notes);
        END;
    """,
    3: """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            object TEXT NOT NULL,
            result TEXT NOT NULL
        );
    """,
    4: """
        -- Counts for the annual report, kept apart from the case so they survive its destruction.
        -- One row per conversation; no free text, no pseudonym, no date finer than a month.
        CREATE TABLE contact_stat (
            conversation_id INTEGER PRIMARY KEY,
            month TEXT NOT NULL,
            categories TEXT NOT NULL,
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            position TEXT,
            gender TEXT,
            org_unit TEXT NOT NULL DEFAULT '',
            duration_min INTEGER NOT NULL DEFAULT 0,
            routes TEXT NOT NULL DEFAULT '',
            outcome TEXT
        );
        CREATE INDEX contact_stat_month ON contact_stat(month);
    """,
    5: """
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
    """,
    6: """
        -- Keys of this vault: an adviser's Ed25519 signing key, a coordinator's age identity.
        CREATE TABLE identity (
            kind TEXT PRIMARY KEY CHECK (kind IN ('signing', 'age')),
            secret BLOB NOT NULL,
            public TEXT NOT NULL,
            created TEXT NOT NULL
        ) WITHOUT ROWID;
        -- Coordinator: advisers enrolled by public key after a fingerprint check.
        CREATE TABLE trusted_adviser (
            fingerprint TEXT PRIMARY KEY,
            public_key TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL DEFAULT '',
            added TEXT NOT NULL
        ) WITHOUT ROWID;
        -- Coordinator: one verified export per adviser and period; a re-export replaces it.
        CREATE TABLE stats_import (
            adviser TEXT NOT NULL REFERENCES trusted_adviser(fingerprint),
            year INTEGER NOT NULL,
            quarter INTEGER NOT NULL DEFAULT 0,
            tables TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            imported TEXT NOT NULL,
            PRIMARY KEY (adviser, year, quarter)
        ) WITHOUT ROWID;
    """,
    7: """
        -- The link between a room booking on the pool and a case lives only here, in the vault.
        CREATE TABLE room_booking (
            uid TEXT PRIMARY KEY,
            pool TEXT NOT NULL,
            room_id TEXT NOT NULL,
            room_name TEXT NOT NULL DEFAULT '',
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            case_id INTEGER REFERENCES case_file(id) ON DELETE SET NULL,
            cancelled INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX room_booking_start ON room_booking(start);
    """,
    8: """
        -- Formal reports (meldproces) on a case: phase, dates, procesbegeleider. Deadlines are computed.
        CREATE TABLE formal_report (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            phase TEXT NOT NULL,
            reported_on TEXT,
            acknowledged_on TEXT,
            feedback_on TEXT,
            decided_on TEXT,
            evaluated_on TEXT,
            procesbegeleider TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX formal_report_case ON formal_report(case_id);
    """,
    9: """
        -- Taxonomy 2 (vpdesk/domain/taxonomy.py, STEPS "2026.1"): each thing counted once. A case's category and
        -- the counts kept for the annual report move to the new code; a case that had both keeps one.
        UPDATE OR IGNORE case_category SET code = 'oo' WHERE code = 'int.omgang';
        DELETE FROM case_category WHERE code = 'int.omgang';
        UPDATE OR IGNORE case_category SET code = 'misstand' WHERE code = 'int.misstand';
        DELETE FROM case_category WHERE code = 'int.misstand';
        UPDATE contact_stat SET categories = trim(replace(' ' || categories || ' ', ' int.omgang ', ' oo '))
            WHERE ' ' || categories || ' ' LIKE '% int.omgang %';
        UPDATE contact_stat SET categories = trim(replace(' ' || categories || ' ', ' int.misstand ', ' misstand '))
            WHERE ' ' || categories || ' ' LIKE '% int.misstand %';
    """,
    10: """
        -- The case lifecycle: a destruction date set at closure, a legal hold, a follow-up reminder.
        ALTER TABLE case_file ADD COLUMN destroy_on TEXT;
        ALTER TABLE case_file ADD COLUMN hold_reason TEXT;
        ALTER TABLE case_file ADD COLUMN hold_review TEXT;
        ALTER TABLE case_file ADD COLUMN follow_up_on TEXT;
        ALTER TABLE case_file ADD COLUMN follow_up_note TEXT NOT NULL DEFAULT '';
        -- When a referral was recorded, so the timeline puts it after the same day's earlier conversations.
        ALTER TABLE referral ADD COLUMN at TEXT;
        -- Each audit row carries the hash of the previous one (rows from before this migration have none).
        ALTER TABLE audit_log ADD COLUMN hash TEXT;
        -- A deleted note's words leave the full-text index at once, not at some later merge.
        INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1);
        -- and the words of notes edited or deleted before this migration leave it now
        INSERT INTO note_fts(note_fts) VALUES ('rebuild');
        -- The note words of the index, to prove that none survives a destruction.
        CREATE VIRTUAL TABLE note_vocab USING fts5vocab(note_fts, 'row');
    """,
    11: """
        -- Coordinator: when each imported export was made, and the adviser's sequence number, so an older export
        -- never replaces a newer one; and when an import was last replaced (the delivery overview).
        ALTER TABLE stats_import ADD COLUMN created TEXT NOT NULL DEFAULT '';
        ALTER TABLE stats_import ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stats_import ADD COLUMN first_imported TEXT NOT NULL DEFAULT '';
        -- An adviser removed from the trust list whose figures the coordinator chose to keep: no new imports.
        ALTER TABLE trusted_adviser ADD COLUMN removed TEXT NOT NULL DEFAULT '';
        -- Adviser: which conversations belong to one case (an anonymous key, the case's number), and whether the
        -- case is still open, so figures per case (melder) and "nog open" can be counted after destruction too.
        ALTER TABLE contact_stat ADD COLUMN case_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE contact_stat ADD COLUMN case_open INTEGER NOT NULL DEFAULT 0;
        UPDATE contact_stat SET
            case_key = coalesce((SELECT CAST(c.case_id AS TEXT) FROM conversation c WHERE c.id = conversation_id), ''),
            case_open = coalesce((SELECT f.status = 'open' FROM conversation c JOIN case_file f ON f.id = c.case_id
                                  WHERE c.id = conversation_id), 0);
    """,
    12: """
        -- Ids are never reused (decision 108): the highest id each table ever gave out, kept when its row is deleted
        -- (store/ids.py gives the next one). A new conversation must never take a destroyed one's id: its count row
        -- (contact_stat) would be overwritten, and the audit trail would name two cases by one number.
        CREATE TABLE id_high_water (
            tbl TEXT PRIMARY KEY,
            high INTEGER NOT NULL
        ) WITHOUT ROWID;
        -- the ids given out before this migration: the rows still here, the audit trail, the count rows
        INSERT INTO id_high_water(tbl, high) SELECT 'client', max(
            coalesce((SELECT max(id) FROM client), 0),
            coalesce((SELECT max(CAST(substr(object, 8) AS INTEGER))
                FROM audit_log WHERE object LIKE 'client:%'), 0));
        INSERT INTO id_high_water(tbl, high) SELECT 'case_file', max(
            coalesce((SELECT max(id) FROM case_file), 0),
            coalesce((SELECT max(CAST(substr(object, 6) AS INTEGER))
                FROM audit_log WHERE object LIKE 'case:%'), 0),
            coalesce((SELECT max(CAST(case_key AS INTEGER)) FROM contact_stat WHERE case_key != ''), 0));
        INSERT INTO id_high_water(tbl, high) SELECT 'conversation', max(
            coalesce((SELECT max(id) FROM conversation), 0),
            coalesce((SELECT max(CAST(substr(object, 14) AS INTEGER))
                FROM audit_log WHERE object LIKE 'conversation:%'), 0),
            coalesce((SELECT max(conversation_id) FROM contact_stat), 0));
        INSERT INTO id_high_water(tbl, high) SELECT 'referral', max(
            coalesce((SELECT max(id) FROM referral), 0),
            coalesce((SELECT max(CAST(substr(object, 10) AS INTEGER))
                FROM audit_log WHERE object LIKE 'referral:%'), 0));
        INSERT INTO id_high_water(tbl, high) SELECT 'formal_report', max(
            coalesce((SELECT max(id) FROM formal_report), 0),
            coalesce((SELECT max(CAST(substr(object, 15) AS INTEGER))
                FROM audit_log WHERE object LIKE 'formal_report:%'), 0));
        CREATE TRIGGER client_high_water AFTER DELETE ON client BEGIN
            INSERT INTO id_high_water(tbl, high) VALUES ('client', old.id)
                ON CONFLICT(tbl) DO UPDATE SET high = max(high, excluded.high);
        END;
        CREATE TRIGGER case_file_high_water AFTER DELETE ON case_file BEGIN
            INSERT INTO id_high_water(tbl, high) VALUES ('case_file', old.id)
                ON CONFLICT(tbl) DO UPDATE SET high = max(high, excluded.high);
        END;
        CREATE TRIGGER conversation_high_water AFTER DELETE ON conversation BEGIN
            INSERT INTO id_high_water(tbl, high) VALUES ('conversation', old.id)
                ON CONFLICT(tbl) DO UPDATE SET high = max(high, excluded.high);
        END;
        CREATE TRIGGER referral_high_water AFTER DELETE ON referral BEGIN
            INSERT INTO id_high_water(tbl, high) VALUES ('referral', old.id)
                ON CONFLICT(tbl) DO UPDATE SET high = max(high, excluded.high);
        END;
        CREATE TRIGGER formal_report_high_water AFTER DELETE ON formal_report BEGIN
            INSERT INTO id_high_water(tbl, high) VALUES ('formal_report', old.id)
                ON CONFLICT(tbl) DO UPDATE SET high = max(high, excluded.high);
        END;
    """,
    13: """
        -- The case list sorts and pages through an index for every sortable column (store/cases.py SORT_COLUMNS).
        -- "Last contact" is kept on the case by triggers, so it has an index instead of a max() per case.
        ALTER TABLE case_file ADD COLUMN last_contact TEXT;
        UPDATE case_file SET last_contact = (SELECT max(at) FROM conversation v WHERE v.case_id = case_file.id);
        CREATE TRIGGER case_last_contact_insert AFTER INSERT ON conversation BEGIN
            UPDATE case_file SET last_contact = new.at
                WHERE id = new.case_id AND (last_contact IS NULL OR last_contact < new.at);
        END;
        CREATE TRIGGER case_last_contact_update AFTER UPDATE OF at, case_id ON conversation BEGIN
            UPDATE case_file SET last_contact = (SELECT max(at) FROM conversation v WHERE v.case_id = case_file.id)
                WHERE id IN (old.case_id, new.case_id);
        END;
        CREATE TRIGGER case_last_contact_delete AFTER DELETE ON conversation BEGIN
            UPDATE case_file SET last_contact = (SELECT max(at) FROM conversation v WHERE v.case_id = case_file.id)
                WHERE id = old.case_id;
        END;
        CREATE INDEX case_last_contact ON case_file(coalesce(last_contact, ''), id);
        CREATE INDEX case_closed ON case_file(coalesce(closed, ''), id);
        CREATE INDEX case_org_unit ON case_file(org_unit, id);
        CREATE INDEX case_status_id ON case_file(status, id);
        CREATE INDEX case_client ON case_file(client_id);
    """,
    14: """
        -- The audit chain's start, recorded once: every row from this id on must carry a hash and the head must be
        -- there, so blanking every hash and removing the head no longer looks like a log from before the chain.
        INSERT OR REPLACE INTO setting(key, value) VALUES ('audit_chain_from', CAST(coalesce(
            (SELECT min(id) FROM audit_log WHERE hash IS NOT NULL),
            (SELECT coalesce(max(id), 0) + 1 FROM audit_log)) AS TEXT));
        -- and a head for a chain with no row yet (the head names the newest chained row: none, an empty hash)
        INSERT OR IGNORE INTO setting(key, value) VALUES ('audit_head', '0:');
    """,
    # The audit trail made clearable: each row's fields are hashed with a random salt into a digest, and the
    # chain links the digests, so destruction can clear a case's lines and the chain still verifies. The old
    # chain is verified first and its outcome recorded (store/audit.py `reform`, decision 170).
    15: """
        ALTER TABLE audit_log ADD COLUMN salt BLOB;
        ALTER TABLE audit_log ADD COLUMN digest TEXT;
        ALTER TABLE audit_log ADD COLUMN scope TEXT;
        CREATE INDEX audit_log_scope ON audit_log(scope);
    """,
    16: """
        -- The pseudonym sort pages through an index like every other sort (decision 130): the client's pseudonym is
        -- copied onto each of its cases and kept there by triggers (it was a join per row, 13-55 ms a page).
        ALTER TABLE case_file ADD COLUMN pseudonym TEXT NOT NULL DEFAULT '';
        UPDATE case_file SET pseudonym = coalesce((SELECT pseudonym FROM client WHERE id = case_file.client_id), '');
        CREATE TRIGGER case_pseudonym_insert AFTER INSERT ON case_file BEGIN
            UPDATE case_file SET pseudonym = coalesce((SELECT pseudonym FROM client WHERE id = new.client_id), '')
                WHERE id = new.id;
        END;
        CREATE TRIGGER case_pseudonym_client AFTER UPDATE OF client_id ON case_file BEGIN
            UPDATE case_file SET pseudonym = coalesce((SELECT pseudonym FROM client WHERE id = new.client_id), '')
                WHERE id = new.id;
        END;
        CREATE TRIGGER client_pseudonym_update AFTER UPDATE OF pseudonym ON client BEGIN
            UPDATE case_file SET pseudonym = new.pseudonym WHERE client_id = new.id;
        END;
        CREATE TRIGGER client_pseudonym_delete AFTER DELETE ON client BEGIN
            UPDATE case_file SET pseudonym = '' WHERE client_id = old.id;
        END;
        CREATE INDEX case_pseudonym ON case_file(pseudonym, id);
    """,
    17: """
        -- Every term of the note index with the number of notes holding it, kept by the note triggers in the same
        -- transaction as the note (decision 131): search as you type expands a prefix through it in microseconds,
        -- from the first keystroke after unlocking. A rowid table, so only its index holds terms (rebuilt at each
        -- destruction: store/search.py IndexMaintenance). vpdesk_note_terms (store/terms.py) tokenises a text as
        -- the index's tokenizer does; a connection without it cannot write a note, so the table never drifts.
        CREATE TABLE note_term (
            id INTEGER PRIMARY KEY,
            term TEXT NOT NULL,
            docs INTEGER NOT NULL
        );
        CREATE UNIQUE INDEX note_term_term ON note_term(term);
        INSERT INTO note_term(term, docs) SELECT term, doc FROM note_vocab;
        CREATE TRIGGER note_term_insert AFTER INSERT ON conversation BEGIN
            INSERT INTO note_term(term, docs) SELECT value, 1 FROM json_each(vpdesk_note_terms(new.notes)) WHERE 1
                ON CONFLICT(term) DO UPDATE SET docs = docs + 1;
        END;
        CREATE TRIGGER note_term_update AFTER UPDATE OF notes ON conversation WHEN old.notes IS NOT new.notes BEGIN
            INSERT INTO note_term(term, docs) SELECT value, 1 FROM json_each(vpdesk_note_terms(new.notes)) WHERE 1
                ON CONFLICT(term) DO UPDATE SET docs = docs + 1;
            UPDATE note_term SET docs = docs - 1
                WHERE term IN (SELECT value FROM json_each(vpdesk_note_terms(old.notes)));
            DELETE FROM note_term
                WHERE docs <= 0 AND term IN (SELECT value FROM json_each(vpdesk_note_terms(old.notes)));
        END;
        CREATE TRIGGER note_term_delete AFTER DELETE ON conversation BEGIN
            UPDATE note_term SET docs = docs - 1
                WHERE term IN (SELECT value FROM json_each(vpdesk_note_terms(old.notes)));
            DELETE FROM note_term
                WHERE docs <= 0 AND term IN (SELECT value FROM json_each(vpdesk_note_terms(old.notes)));
        END;
    """,
    18: """
        -- The wegwijzer answers given on a case, kept with it (decision 210): one row per case, the answers as JSON
        -- with the rules version they were given under. A referral keeps the answers it rested on.
        CREATE TABLE guide_answers (
            case_id INTEGER PRIMARY KEY REFERENCES case_file(id),
            answers TEXT NOT NULL,
            guide_version TEXT NOT NULL
        );
        ALTER TABLE referral ADD COLUMN answers TEXT NOT NULL DEFAULT '';
    """,
    19: """
        -- The note index keeps which notes hold each term, not where in the note (FTS5 detail=none, decision 245):
        -- search asks for words, never phrases, newest first, never by rank, and a snippet finds its words in the
        -- shown note itself. The index is a quarter of its size: less to read, decrypt, write and destroy. The old
        -- index's pages are zeroed as they are freed (secure_delete); the triggers name the index, not its form.
        DROP TABLE note_vocab;
        DROP TABLE note_fts;
        CREATE VIRTUAL TABLE note_fts USING fts5(
            notes, content='conversation', content_rowid='id',
            tokenize = 'unicode61 remove_diacritics 2', detail = none
        );
        INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1);
        INSERT INTO note_fts(note_fts) VALUES ('rebuild');
        CREATE VIRTUAL TABLE note_vocab USING fts5vocab(note_fts, 'row');
    """,
}
