#include "ui/followers/ActionConfirmation.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace duper::ui {

void ActionConfirmation::ask(QWidget* parent, std::function<void(bool checked)> onConfirmed) const
{
    auto* box = new QMessageBox(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                                QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(informativeText);
    QPushButton* confirmButton = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirmButton->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // A destructive action is never the default: Enter must not unfollow anything.
    box->setDefaultButton(destructive ? cancelButton : confirmButton);
    box->setEscapeButton(cancelButton);
    if (!checkBoxText.isEmpty()) {
        auto* check = new QCheckBox(checkBoxText, box);
        check->setObjectName(QStringLiteral("confirmCheckBox"));
        check->setChecked(checkBoxChecked);
        box->setCheckBox(check);
    }
    QObject::connect(box, &QMessageBox::finished, box, [box, confirmButton, onConfirmed = std::move(onConfirmed)](int) {
        if (box->clickedButton() != confirmButton)
            return;
        onConfirmed(box->checkBox() ? box->checkBox()->isChecked() : true);
    });
    box->open();
}

} // namespace duper::ui
