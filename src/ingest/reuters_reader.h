// Reuters-21578 (Lewis, Distribution 1.0): SGML files of newswire records, a corpus format
// worth reading as it is. A file is a run of <REUTERS ... NEWID="n"> ... </REUTERS> records;
// each has a <DATE> ("26-FEB-1987 15:01:01.79") and a <TEXT> holding <TITLE>, <DATELINE> and
// <BODY> (or, for TYPE="UNPROC", bare text). The bytes are Latin-1 with SGML character
// references (&lt;, &#3; ...); control characters among them are dropped.
//
// ReutersRecordToDocument turns the text of one record (from "<REUTERS" through
// "</REUTERS>") into a Document: id "<prefix>#<NEWID>", the date as ISO 8601 (UTC), the title,
// the outlet (Reuters) and language (en), and as content the dateline (a paragraph of its own)
// and the body, the hard-wrapped lines of each paragraph joined and paragraphs separated by
// blank lines (the closing "Reuter" signature dropped). A record
// with a title but no body is a short item: its title is its text. The content is the
// record's own text (Document::record_text). Pure; thread-safe; linear in the record.
#ifndef CROSSCHECK_INGEST_REUTERS_READER_H_
#define CROSSCHECK_INGEST_REUTERS_READER_H_

#include <string_view>

#include "base/status.h"
#include "model/document.h"

namespace crosscheck {

// The longest record ReadReuters keeps (bytes); a longer one is reported and skipped.
inline constexpr size_t kMaxReutersRecordBytes = 1 << 20;

// True when `line` opens a record ("<REUTERS" at its start, spaces allowed before it).
bool OpensReutersRecord(std::string_view line);
// True when `line` holds the record's closing tag.
bool ClosesReutersRecord(std::string_view line);

// One record's text to a Document; an error naming what is missing (no NEWID, no text).
StatusOr<Document> ReutersRecordToDocument(std::string_view record, std::string_view id_prefix);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_REUTERS_READER_H_
