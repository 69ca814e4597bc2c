#include "ExecPlan.h"

#include <cstdint>
#include <cstring>

namespace Lifeline::Launcher {
namespace {

// Version tag: the helper and the installed supervisor come from one build,
// but a stale supervisor after an upgrade must refuse, not misread.
constexpr std::uint32_t Magic = 0x4c4c5031; // "LLP1"

void putNumber(std::string &out, std::uint32_t value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putString(std::string &out, const std::string &text)
{
    putNumber(out, std::uint32_t(text.size()));
    out += text;
}

void putStrings(std::string &out, const std::vector<std::string> &list)
{
    putNumber(out, std::uint32_t(list.size()));
    for (const std::string &text : list)
        putString(out, text);
}

class Reader {
public:
    explicit Reader(std::string_view blob)
        : m_rest(blob)
    {
    }

    bool number(std::uint32_t &value)
    {
        if (m_rest.size() < sizeof value)
            return false;
        std::memcpy(&value, m_rest.data(), sizeof value);
        m_rest.remove_prefix(sizeof value);
        return true;
    }
    // Strings end up as C strings: an embedded NUL would silently cut one.
    bool string(std::string &text)
    {
        std::uint32_t size;
        if (!number(size) || m_rest.size() < size)
            return false;
        text.assign(m_rest.data(), size);
        m_rest.remove_prefix(size);
        return text.find('\0') == std::string::npos;
    }
    bool strings(std::vector<std::string> &list)
    {
        std::uint32_t count;
        if (!number(count) || count > m_rest.size() / sizeof count)
            return false;
        list.resize(count);
        for (std::string &text : list) {
            if (!string(text))
                return false;
        }
        return true;
    }
    bool atEnd() const { return m_rest.empty(); }

private:
    std::string_view m_rest;
};

} // namespace

void ExecPlan::prepare()
{
    argv.clear();
    envp.clear();
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    for (std::string &entry : env)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    groupsScratch.assign(groups.size() + 1, 0);
}

std::string encodePlan(const ExecPlan &plan)
{
    std::string out;
    putNumber(out, Magic);
    putStrings(out, plan.args);
    putStrings(out, plan.env);
    putString(out, plan.cwd);
    putNumber(out, plan.uid);
    putNumber(out, plan.gid);
    putNumber(out, std::uint32_t(plan.groups.size()));
    for (const gid_t group : plan.groups)
        putNumber(out, group);
    putNumber(out, std::uint32_t(plan.binds.size()));
    for (const BindMount &bind : plan.binds) {
        putString(out, bind.source);
        putString(out, bind.target);
    }
    return out;
}

std::optional<ExecPlan> decodePlan(std::string_view blob)
{
    if (blob.size() > MaxPlanBytes)
        return std::nullopt;
    Reader in(blob);
    ExecPlan plan;
    std::uint32_t magic, uid, gid, groups, binds;
    if (!in.number(magic) || magic != Magic || !in.strings(plan.args) || !in.strings(plan.env)
        || !in.string(plan.cwd) || !in.number(uid) || !in.number(gid) || !in.number(groups)
        || groups > blob.size() / sizeof groups)
        return std::nullopt;
    plan.uid = uid;
    plan.gid = gid;
    plan.groups.resize(groups);
    for (gid_t &group : plan.groups) {
        std::uint32_t value;
        if (!in.number(value))
            return std::nullopt;
        group = value;
    }
    if (!in.number(binds) || binds > blob.size() / sizeof binds)
        return std::nullopt;
    plan.binds.resize(binds);
    for (BindMount &bind : plan.binds) {
        if (!in.string(bind.source) || !in.string(bind.target))
            return std::nullopt;
    }
    // The program path must be absolute: the supervisor never searches PATH.
    if (!in.atEnd() || plan.args.empty() || plan.args.front().empty() || plan.args.front()[0] != '/'
        || plan.cwd.empty())
        return std::nullopt;
    plan.prepare();
    return plan;
}

} // namespace Lifeline::Launcher
