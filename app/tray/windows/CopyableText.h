// Read-only text (a config, shell commands) with a Copy button: the person
// copies it to a terminal on their server.
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace Lifeline::Windows {

class CopyableText : public QWidget
{
    Q_OBJECT
public:
    // `what` names the text for screen readers and the button ("the server's configuration").
    CopyableText(const QString &what, int visibleLines, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    QPushButton *copyButton() const { return m_copy; }
    QPlainTextEdit *view() const { return m_view; }

private:
    void copy();

    QPlainTextEdit *m_view;
    QPushButton *m_copy;
};

} // namespace Lifeline::Windows
