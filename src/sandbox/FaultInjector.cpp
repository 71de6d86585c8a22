#include "sandbox/FaultInjector.h"

namespace duper::sandbox {

int FaultInjector::drawErrorStatus()
{
    if (errorRate <= 0.0)
        return 0;
    std::uniform_real_distribution<double> dist(0.0, 1.0);
    if (errorRate < 1.0 && dist(m_random) >= errorRate)
        return 0;
    const int status = m_next429 ? 429 : 503;
    m_next429 = !m_next429;
    return status;
}

} // namespace duper::sandbox
