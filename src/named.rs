//! `named_enum!`: an exhaustive enum of the strings a member takes (a discriminant such as
//! `type`), with each variant's name. Code matches on the variants, so a new value cannot be
//! forgotten; shapes take `NAMES` for their enum check, so the list is written once.

/// Declares the enum, `NAMES` (in declaration order), `from_name` and `name`.
macro_rules! named_enum {
    ($(#[$meta:meta])* $vis:vis enum $enum:ident { $($(#[$variant_meta:meta])* $variant:ident = $name:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $enum {
            $($(#[$variant_meta])* $variant,)*
        }

        // A generic accessor set: not every enum uses each one.
        #[allow(dead_code)]
        impl $enum {
            /// Every name, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($name,)*];

            /// The variant this name stands for, if any.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($name => Some(Self::$variant),)*
                    _ => None,
                }
            }

            /// The name as the payload writes it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }
        }
    };
}
