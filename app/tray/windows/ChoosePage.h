// The set-up window's first page: the three ways to add a backup connection.
#pragma once

#include <QWidget>

class QCommandLinkButton;

namespace Lifeline::Windows {

class ChoosePage : public QWidget
{
    Q_OBJECT
public:
    explicit ChoosePage(QWidget *parent = nullptr);

    QCommandLinkButton *firstButton() const { return m_file; }

Q_SIGNALS:
    void fileChosen();
    void pasteChosen();
    void keysChosen();

private:
    QCommandLinkButton *m_file;
    QCommandLinkButton *m_paste;
    QCommandLinkButton *m_keys;
};

} // namespace Lifeline::Windows
