// Picks one installed application to run isolated: a search field over the
// list of launchable .desktop entries. Keyboard first: type, arrows, Enter.
#pragma once

#include "DesktopEntry.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace Lifeline::Tray {

class AppPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `mode` is passed back with the pick (ipv4-only, ipv6-only, tunnel:NAME).
    AppPickerDialog(const QString &title, const QString &explanation, const QString &mode,
        const QList<DesktopEntry> &entries, QWidget *parent = nullptr);

    QString mode() const { return m_mode; }
    QLineEdit *searchField() const { return m_search; }
    // The entries the search currently shows, in order.
    QList<DesktopEntry> shownEntries() const;

Q_SIGNALS:
    void picked(const QString &mode, const Lifeline::Tray::DesktopEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &query);
    void pick();

    QString m_mode;
    QList<DesktopEntry> m_entries;
    QLineEdit *m_search;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace Lifeline::Tray
