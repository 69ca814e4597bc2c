// libnl objects with their free functions, shared by the kernel back end and
// the probes, so every handle has exactly one owner.
#pragma once

#include <netlink/handlers.h>
#include <netlink/route/link.h>
#include <netlink/socket.h>

#include <memory>

namespace Lifeline::WireGuard::Nl {

template<typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *object) const { Free(object); }
};
using Socket = std::unique_ptr<nl_sock, Deleter<nl_sock, nl_socket_free>>;
using Link = std::unique_ptr<rtnl_link, Deleter<rtnl_link, rtnl_link_put>>;
using Callbacks = std::unique_ptr<nl_cb, Deleter<nl_cb, nl_cb_put>>;

} // namespace Lifeline::WireGuard::Nl
