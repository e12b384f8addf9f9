//! Contact-information requests (§18): a body and a button that asks for the customer's phone
//! number (Meta: business-scoped user ids).

use crate::check::shape::{self, required, Kind, Shape};
use crate::check::{Ctx, Ptr};
use crate::node::Node;

pub(super) static ACTION: Shape =
    Shape { name: "contact info request action", fields: &[required("name", Kind::Enum(&["request_contact_info"]))] };

pub(super) fn check_action(ctx: &mut Ctx, value: &Node, at: &Ptr) {
    shape::object(ctx, value, at, &ACTION);
}
