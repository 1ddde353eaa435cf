// Atom 1.0 (RFC 4287) feeds of the change log, so that a feed reader can follow every story
// (/feed.atom) or one (/stories/{id}/feed.atom). One entry per ChangeRecord, newest first:
//
//   id       tag:crosscheck,2026:change/SEQ/AT (stable across restarts and ports: SEQ is
//            the store's log order, AT the publication time)
//   title    "New story: <story title>", "Status changed: <story title>", ...
//   updated  the publication time (RFC 3339)
//   link     the story's page on this server
//   summary  the change in one line ("3 new documents", "single_source -> corroborated")
//
// The feed: id (tag: as above, per story or overall), title, updated (the newest entry's
// time, else `fallback_updated`), a self and an alternate link, and an author (Atom asks for
// one when the entries have none). Everything from the store is escaped (markup.h), so the
// feed is well-formed whatever the documents held. Pure function; thread-safe.
#ifndef CROSSCHECK_SERVER_ATOM_H_
#define CROSSCHECK_SERVER_ATOM_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/store.h"

namespace crosscheck {

struct AtomFeedInfo {
  std::string base_url;          // "http://127.0.0.1:8080", no trailing slash
  std::string story;             // the story the feed follows; empty: every story
  std::string title;             // the feed's title
  std::string fallback_updated;  // RFC 3339 time for a feed with no entries
};

// The title of a story by id, for entry titles; empty when unknown (the id is shown).
using StoryTitleLookup = std::function<std::string(std::string_view story_id)>;

std::string RenderAtomFeed(const AtomFeedInfo& info, const std::vector<ChangeRecord>& changes,
                           const StoryTitleLookup& story_title);

// An ISO 8601 date or UTC time as RFC 3339: "2026-12-06" -> "2026-12-06T00:00:00Z",
// "2026-12-06T23:10:00Z" unchanged; anything else -> "1970-01-01T00:00:00Z" (Atom requires a
// valid time, and a feed must never fail to parse over one field).
std::string Rfc3339Time(std::string_view iso);

// "new_story" -> "New story", an unknown kind with '_' as spaces.
std::string ChangeKindLabel(std::string_view kind);

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_ATOM_H_
