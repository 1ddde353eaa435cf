#include "server/store_pool.h"

namespace crosscheck {

StatusOr<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      std::unique_ptr<Store> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
  }
  StatusOr<std::unique_ptr<Store>> opened = opener_();
  if (!opened.ok()) return opened.status();
  if (*opened == nullptr) return InternalError("the store opener returned no store");
  return Lease(this, std::move(*opened));
}

size_t StorePool::idle_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return idle_.size();
}

void StorePool::Return(std::unique_ptr<Store> store) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(store));
}

}  // namespace crosscheck
