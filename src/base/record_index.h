// RecordIndex: where each of a run of variable-length records starts, for records appended
// one after another (to a SpillArena, base/spill_arena.h, or any flat array), in about
// sizeof(Length) bytes per record instead of 8 for a full offset: each record's length, plus
// the 64-bit start of every 64th record. start() adds up at most 63 lengths.
//
// Lengths are in the caller's units (entries, fingerprints) and must fit `Length` (uint8_t
// for sketches of at most 200 entries). Value type; not thread-safe for Push.
#ifndef CROSSCHECK_BASE_RECORD_INDEX_H_
#define CROSSCHECK_BASE_RECORD_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace crosscheck {

template <typename Length>
class RecordIndex {
 public:
  // Appends the next record, `length` units long.
  void Push(Length length) {
    if (lengths_.size() % kStride == 0) strides_.push_back(end_);
    lengths_.push_back(length);
    end_ += length;
  }
  size_t size() const { return lengths_.size(); }
  // Units in all records.
  uint64_t end() const { return end_; }
  Length length(size_t record) const { return lengths_[record]; }
  // First unit of `record`. O(kStride).
  uint64_t start(size_t record) const {
    uint64_t at = strides_[record / kStride];
    for (size_t i = record - record % kStride; i < record; ++i) at += lengths_[i];
    return at;
  }
  size_t MemoryBytes() const { return lengths_.size() * sizeof(Length) + strides_.size() * sizeof(uint64_t); }

 private:
  static constexpr size_t kStride = 64;
  std::vector<Length> lengths_;
  std::vector<uint64_t> strides_;  // start of records 0, kStride, 2 kStride, ...
  uint64_t end_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_RECORD_INDEX_H_
