#include "AppPickerDialog.h"

#include "ApplicationCatalog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lifeline::Tray {

namespace {

QIcon entryIcon(const QString &icon)
{
    if (icon.isEmpty())
        return QIcon::fromTheme(QStringLiteral("application-x-executable"));
    if (QFileInfo(icon).isAbsolute())
        return QIcon(icon);
    return QIcon::fromTheme(icon, QIcon::fromTheme(QStringLiteral("application-x-executable")));
}

} // namespace

AppPickerDialog::AppPickerDialog(const QString &title, const QString &explanation,
    const QString &mode, const QList<DesktopEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_entries(entries)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search programs"));
    m_search->setAccessibleName(tr("Search programs"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setAccessibleName(tr("Programs"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setUniformItemSizes(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    text->setBuddy(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    resize(420, 480);

    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const DesktopEntry &entry = m_entries.at(i);
        auto *item = new QListWidgetItem(entryIcon(entry.icon), entry.name, m_list);
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(entry.comment.isEmpty() ? entry.genericName : entry.comment);
    }
    connect(m_search, &QLineEdit::textChanged, this, &AppPickerDialog::filter);
    connect(m_list, &QListWidget::itemActivated, this, &AppPickerDialog::pick);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AppPickerDialog::pick);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    filter(QString());
    m_search->setFocus();
}

void AppPickerDialog::filter(const QString &query)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = ApplicationCatalog::matches(m_entries.at(item->data(Qt::UserRole).toInt()), query);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(first != nullptr);
}

QList<DesktopEntry> AppPickerDialog::shownEntries() const
{
    QList<DesktopEntry> shown;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (!item->isHidden())
            shown << m_entries.at(item->data(Qt::UserRole).toInt());
    }
    return shown;
}

bool AppPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down in the search field move through the list, so typing and
    // choosing need no mouse and no Tab.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AppPickerDialog::pick()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    Q_EMIT picked(m_mode, m_entries.at(item->data(Qt::UserRole).toInt()));
    accept();
}

} // namespace Lifeline::Tray
