//! Swedish phone numbers: one parser that gives both the dialable form for `tel:` links
//! (E.164, or the short code itself) and the display form in the Swedish grouping.

use crate::contacts::Number;

/// Three-character area codes (leading 0 included); every other geographic area code
/// has four characters, and Stockholm's is `08`.
const THREE_DIGIT_AREA_CODES: &[&str] = &[
    "010", "011", "013", "016", "018", "019", "020", "021", "023", "026", "031", "033", "035",
    "036", "040", "042", "044", "046", "054", "060", "063", "070", "072", "073", "074", "076",
    "077", "079", "090",
];

/// Why a text is not a Swedish phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneError {
    /// A character other than digits, spaces, hyphens or a leading `+46`.
    InvalidCharacter(char),
    /// Too few or too many digits for a Swedish number.
    WrongLength(usize),
    /// Neither a national number (starting with 0) nor a known short number.
    NotSwedish,
}

impl std::fmt::Display for PhoneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PhoneError::InvalidCharacter(c) => write!(f, "unexpected character {c:?}"),
            PhoneError::WrongLength(n) => write!(f, "{n} digits is not a Swedish number"),
            PhoneError::NotSwedish => write!(f, "not a Swedish national or short number"),
        }
    }
}

/// Parses a Swedish number as written by an editor (`020-50 50 50`, `020505050`,
/// `+46 20 50 50 50`, `116 111`, `112`).
pub fn parse(text: &str) -> Result<Number, PhoneError> {
    let trimmed = text.trim();
    let (international, rest) = match trimmed.strip_prefix("+46") {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' => {}
            other => return Err(PhoneError::InvalidCharacter(other)),
        }
    }
    if international {
        digits.insert(0, '0');
    }
    if !digits.starts_with('0') {
        return short_number(&digits);
    }
    if !(8..=11).contains(&digits.len()) {
        return Err(PhoneError::WrongLength(digits.len()));
    }
    let area_len = if digits.starts_with("08") {
        2
    } else if THREE_DIGIT_AREA_CODES.iter().any(|a| digits.starts_with(a)) {
        3
    } else {
        4
    };
    let (area, subscriber) = digits.split_at(area_len);
    let display = if is_grouped(trimmed, area) {
        trimmed.to_string()
    } else {
        format!("{area}-{}", group_subscriber(subscriber))
    };
    Ok(Number {
        display,
        dial: format!("+46{}", &digits[1..]),
    })
}

/// Short numbers (112, 114 14, 116 111, 1177, …, and the five-digit 9-numbers of
/// charities' lines such as Självmordslinjen's 90101): dialled as they are, shown grouped
/// as they are usually written.
fn short_number(digits: &str) -> Result<Number, PhoneError> {
    let service = (3..=6).contains(&digits.len()) && digits.starts_with('1');
    let charity = digits.len() == 5 && digits.starts_with('9');
    if !service && !charity {
        return Err(PhoneError::NotSwedish);
    }
    let display = match digits.len() {
        5 if charity => digits.to_string(),
        5 => format!("{} {}", &digits[..3], &digits[3..]),
        6 => format!("{} {}", &digits[..3], &digits[3..]),
        _ => digits.to_string(),
    };
    Ok(Number {
        display,
        dial: digits.to_string(),
    })
}

/// Whether the editor already wrote the number in a Swedish grouping (`020-555 666`):
/// the area code, a hyphen, then groups of two or three digits. Kept as written.
fn is_grouped(text: &str, area: &str) -> bool {
    text.strip_prefix(area)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|rest| {
            rest.split(' ')
                .all(|g| (2..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Groups a subscriber number the Swedish way: `123 45`, `12 34 56`, `123 45 67`,
/// `123 456 78`; longer ones in pairs after a leading three.
fn group_subscriber(s: &str) -> String {
    let sizes: &[usize] = match s.len() {
        5 => &[3, 2],
        6 => &[2, 2, 2],
        7 => &[3, 2, 2],
        8 => &[3, 3, 2],
        _ => &[3, 2, 2, 2, 2],
    };
    let mut groups = Vec::new();
    let mut at = 0;
    for size in sizes {
        if at >= s.len() {
            break;
        }
        let end = (at + size).min(s.len());
        groups.push(&s[at..end]);
        at = end;
    }
    if at < s.len() {
        groups.push(&s[at..]);
    }
    groups.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_groups_swedish_numbers() {
        let cases = [
            ("020-50 50 50", "020-50 50 50", "+4620505050"),
            ("020505050", "020-50 50 50", "+4620505050"),
            ("+46 20 50 50 50", "020-50 50 50", "+4620505050"),
            ("020-555 666", "020-555 666", "+4620555666"),
            ("010-223 57 60", "010-223 57 60", "+46102235760"),
            ("08-123 456 78", "08-123 456 78", "+46812345678"),
            ("0812345678", "08-123 456 78", "+46812345678"),
            ("020 555666", "020-55 56 66", "+4620555666"),
            ("046-35 50 00", "046-35 50 00", "+4646355000"),
            ("0480-45 00 00", "0480-45 00 00", "+46480450000"),
            ("112", "112", "112"),
            ("114 14", "114 14", "11414"),
            ("116 111", "116 111", "116111"),
            ("1177", "1177", "1177"),
            ("90101", "90101", "90101"),
        ];
        for (input, display, dial) in cases {
            let n = parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(n.display, display, "{input}");
            assert_eq!(n.dial, dial, "{input}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        assert_eq!(
            parse("020-50 50 5x"),
            Err(PhoneError::InvalidCharacter('x'))
        );
        assert_eq!(parse("0205"), Err(PhoneError::WrongLength(4)));
        assert_eq!(parse("999"), Err(PhoneError::NotSwedish));
        assert_eq!(parse("9010"), Err(PhoneError::NotSwedish));
        assert_eq!(
            parse("+47 22 00 00 00"),
            Err(PhoneError::InvalidCharacter('+'))
        );
    }
}
