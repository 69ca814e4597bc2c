// Adding a backup connection from a wg-quick configuration, read from a file
// or pasted. The app reads the file and sends its text (ImportTunnel); the
// helper refuses what it will not run (hooks and the like) and says why.
#pragma once

#include "FieldProblem.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Lifeline::Windows {

class ConfigPage : public QWidget
{
    Q_OBJECT
public:
    enum class Source { File, Paste };

    ConfigPage(Source source, QWidget *parent = nullptr);

    QString name() const;
    QString config() const;
    FieldProblems problems() const;
    QWidget *firstField() const;
    // Takes `path` as the configuration; a sentence when it cannot be used.
    QString loadFile(const QString &path);

private:
    void chooseFile();

    Source m_source;
    QLineEdit *m_name;
    QPushButton *m_choose = nullptr;
    QLabel *m_file = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QString m_fileText;
    QString m_fileError;
};

} // namespace Lifeline::Windows
