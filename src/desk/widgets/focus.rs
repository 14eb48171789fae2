//! Which field of a form has the focus, as the field itself rather than a number: Tab and
//! Shift+Tab go round the form's order, skipping the fields the form hides (a field the role
//! does not see, the name of an account being changed).

/// The focus of a form whose fields, in Tab order, are `order`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Focus<F: 'static> {
    order: &'static [F],
    at: usize,
}

impl<F: Copy + PartialEq + 'static> Focus<F> {
    /// On the first field of `order` (a form has at least one field).
    pub const fn first(order: &'static [F]) -> Focus<F> {
        Focus { order, at: 0 }
    }

    /// On `field` (the first field if the form has no such field).
    pub fn on(order: &'static [F], field: F) -> Focus<F> {
        let at = order.iter().position(|f| *f == field).unwrap_or(0);
        Focus { order, at }
    }

    /// On the field at `index` in the order (the first if out of range): a draft read back.
    pub fn at_index(order: &'static [F], index: usize) -> Focus<F> {
        Focus {
            order,
            at: if index < order.len() { index } else { 0 },
        }
    }

    /// The field with the focus.
    pub fn get(&self) -> F {
        self.order[self.at.min(self.order.len().saturating_sub(1))]
    }

    /// Its place in the form's order: the row it is drawn on.
    pub fn index(&self) -> usize {
        self.at
    }

    pub fn is(&self, field: F) -> bool {
        self.get() == field
    }

    pub fn set(&mut self, field: F) {
        *self = Focus::on(self.order, field);
    }

    /// The next field (`forward`) or the previous one, round the form, skipping those `hidden`
    /// says; stays put if every other field is hidden.
    pub fn step(&mut self, forward: bool, hidden: impl Fn(F) -> bool) {
        let n = self.order.len();
        for k in 1..=n {
            let at = if forward {
                (self.at + k) % n
            } else {
                (self.at + n * 2 - k) % n
            };
            if !hidden(self.order[at]) {
                self.at = at;
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum F {
        Name,
        Role,
        Pin,
    }
    const ORDER: &[F] = &[F::Name, F::Role, F::Pin];

    #[test]
    fn tab_goes_round_and_skips_hidden_fields() {
        let mut f = Focus::first(ORDER);
        f.step(true, |_| false);
        assert!(f.is(F::Role));
        f.step(true, |x| x == F::Name);
        f.step(true, |x| x == F::Name);
        assert!(f.is(F::Role), "round the form, past the hidden name");
        f.step(false, |_| false);
        f.step(false, |_| false);
        assert!(f.is(F::Pin));
        f.step(true, |x| x != F::Pin);
        assert!(f.is(F::Pin), "nothing else to go to");
        assert_eq!(Focus::at_index(ORDER, 9).get(), F::Name);
    }
}
