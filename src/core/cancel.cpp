#include "core/cancel.hpp"

namespace baocao::core {

bool Cancellation::stopRequested() {
  if (mStopped || !mAsked) return mStopped;
  if (Clock::now() < mNext) return false;
  ++mPolls;
  mStopped = mAsked();
  mNext = Clock::now() + mEvery;  // after the question: its own cost does not eat the interval
  return mStopped;
}

}  // namespace baocao::core
