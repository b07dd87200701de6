# Every Fluent construct build.rs compiles, for the differential test against fluent-bundle in
# src/lib.rs. Not shipped: the table compiled from this file exists only under cfg(test).

plain = Just text, with ’quotes’ and Кирилиця
variable = Hello, { $name }!
two-variables = { $a } and { $b }
variable-twice = {$name}{ $name }
missing = before { $nobody } after
literals = Braces: { "{" } and { "}" }, escapes: { "\u0041\\\"" }, empty: { "" }.
nested-placeable = <{ { $name } }>
number-only = { $count }
multiline =
    First line
    second line, { $name }
        indented line
select-plural = { $count ->
    [zero] zero { $count }
    [one] one { $count }
    [two] two { $count }
    [few] few { $count }
    [many] many { $count }
   *[other] other { $count }
}
select-default-first = { $count ->
   *[other] other
    [one] one
}
select-numbers = { $count ->
    [0] none
    [1] exactly one
    [-1] minus one
    [007] seven
    [one] one-category
    [9007199254740993] huge
   *[other] { $count } items
}
select-names = { $kind ->
    [male] he
    [female] she
    [one] the string one
    [5] the number five
   *[other] they
}
nested-select = { $count ->
    [one] { $kind ->
        [male] one: he
       *[other] one: they, { $name }
    }
   *[other] { $kind ->
        [male] { $count }: he
       *[other] {""}{ $count }: they
    }
} (end)
selects-in-a-row = { $count ->
    [one] a
   *[other] b
}{ $count ->
    [one] c
   *[other] d
}
