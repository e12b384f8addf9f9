//! Location-request messages (§16): a body and a "send location" button, no header.

use crate::check::shape::{self, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::node::Node;

pub(super) static ACTION: Shape =
    Shape { name: "location request action", fields: &[required("name", Kind::Enum(&["send_location"]))] };

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    shape::object(ctx, value, at, &ACTION);
}
