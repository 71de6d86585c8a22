#include "ui/shell/DefaultWindowSize.h"

#include <algorithm>

namespace duper::ui {

QSize DefaultWindowSize::forScreen(const QRect& available)
{
    if (available.isEmpty())
        return smallest;
    const QSize share(int(available.width() * screenShare), int(available.height() * screenShare));
    return share.expandedTo(smallest).boundedTo(largest).boundedTo(available.size());
}

} // namespace duper::ui
