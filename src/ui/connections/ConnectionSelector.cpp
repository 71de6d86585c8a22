#include "ui/connections/ConnectionSelector.h"

#include "ui/connections/ConnectionListModel.h"

namespace duper::ui {

ConnectionSelector::ConnectionSelector(ConnectionListModel* model, QWidget* parent) : QComboBox(parent), m_model(model)
{
    setObjectName(QStringLiteral("connectionSelector"));
    setModel(model);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setToolTip(tr("The cluster Duper works on"));
    connect(this, &QComboBox::currentIndexChanged, this, [this](int) {
        const QString id = currentProfileId();
        if (!id.isEmpty())
            emit profileSelected(id);
    });
}

QString ConnectionSelector::currentProfileId() const
{
    return currentData(ConnectionListModel::IdRole).toString();
}

bool ConnectionSelector::setCurrentProfileId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    setCurrentIndex(row);
    return true;
}

} // namespace duper::ui
