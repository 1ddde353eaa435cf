// Read connections for the request threads. SQLite in WAL mode lets any number of readers
// read while one writer writes, but a connection (a Store object) serves one thread at a
// time (store.h), so each request borrows a connection of its own for its duration and gives
// it back. Connections are opened when first needed and at most `max_idle` are kept between
// requests, so the pool never holds more than the busiest moment needed (the server's
// request threads bound that).
//
//   StatusOr<StorePool::Lease> store = pool.Acquire();
//   if (!store.ok()) ...;
//   (*store)->StorySummaries();
//
// Thread-safe. The pool must outlive its leases. A lease whose connection failed can be
// discarded instead of returned (Discard), so the next request opens a fresh one.
#ifndef CROSSCHECK_SERVER_STORE_POOL_H_
#define CROSSCHECK_SERVER_STORE_POOL_H_

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace crosscheck {

class StorePool {
 public:
  // Opens one connection (e.g. SqliteStore::Open(path, read-only)); called without the lock.
  using Opener = std::function<StatusOr<std::unique_ptr<Store>>()>;

  StorePool(Opener opener, size_t max_idle) : opener_(std::move(opener)), max_idle_(max_idle) {}
  StorePool(const StorePool&) = delete;  // leases point at it
  StorePool& operator=(const StorePool&) = delete;

  // A connection for one thread: returned to the pool when the lease ends.
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), store_(std::move(other.store_)) {
      other.pool_ = nullptr;
    }
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease() {
      if (pool_ != nullptr && store_ != nullptr) pool_->Return(std::move(store_));
    }
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }
    // Closes the connection instead of returning it.
    void Discard() { store_.reset(); }

   private:
    friend class StorePool;
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // An idle connection, else a new one; the opener's error when it cannot open one.
  StatusOr<Lease> Acquire();

  size_t idle_count() const;

 private:
  void Return(std::unique_ptr<Store> store);

  const Opener opener_;
  const size_t max_idle_;
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<Store>> idle_;  // guarded by mutex_
};

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_STORE_POOL_H_
