# ምዕዳል መድሃኒት፡ ናይ ሎሚ ዝርዝርን ናይ ሓደ ሰብ ስክሪን ዓቐንን።

tab-treatment = መድሃኒት

## መፍትሕታት

help-action-open-dose = ናይዚ ሰብ ስክሪን ዓቐን ክፈት
hint-open-dose = ዓቐን
help-action-dose-give = ናይ ሎሚ ዓቐን ኣረጋግጽ፡ ኣብዚ ዝተወስደ
hint-dose-give = ሃብ
help-action-dose-take-home = ናብ ገዛ ዝውሰድ ዓቐን፡ ድሕሪኡ ብዝሒ መዓልትታት (ካብ 1 ክሳብ 7)
hint-dose-take-home = ናብ ገዛ
help-action-dose-withhold = ናይ ሎሚ ዓቐን ምስ ምኽንያቱ ኣግድ
hint-dose-withhold = ኣግድ
help-action-dose-decide = ውሳነ ናይቲ ዝኣዘዘ ሓኪም ጽሓፍ
hint-dose-decide = ውሳነ
help-action-dose-prescribe = ሓድሽ ትእዛዝ መድሃኒት ኣእቱ
hint-dose-prescribe = ትእዛዝ
help-action-dose-vomited = ናይ ሎሚ ዓቐን ተተፊኡ
help-action-dose-refused = እቲ ሰብ ናይ ሎሚ ዓቐን ኣብዩ
help-action-dose-reverse = ናይ ሎሚ ናይ መወዳእታ ምዝገባ ሰርዝ (ቅድም ይሓትት)
help-action-dose-close = ናብ ዝርዝር፡ ወይ ናብቲ ስክሪን ዝተኸፍተሉ ተመለስ
help-action-take-home-days = ብዝሒ መዓልትታት ናብ ገዛ
hint-take-home-days = መዓልትታት
help-action-withhold-reason = ምኽንያት ምረጽ
help-action-withhold-confirm = እቲ ዝተኣገደ ዓቐን ምስዚ ምኽንያት መዝግብ
help-action-reverse-confirm = እወ፡ ሰርዝ
hint-reverse-confirm = ምዝገባ ሰርዝ

## ናይ ሎሚ ዝርዝር

dispensary-list-title = ምዕዳል መድሃኒት ሎሚ
dispensary-dosed-count = { $count ->
    [0] ክሳብ ሕጂ ዝኾነ ሰብ ዓቐኑ ኣይወሰደን
    [one] ሓደ ሰብ ዓቐኑ ወሲዱ
   *[other] { $count } ሰባት ዓቐኖም ወሲዶም
}
dispensary-list-empty = ሎሚ ኣብ መስርዓት ምዕዳል መድሃኒት ዝኾነ ሰብ የለን። ስክሪን ዓቐን ካብ ገጽ እቲ ሰብ እውን ይኽፈት (g)።
dispensary-col-today = ሎሚ
dispensary-dosed-tag = [ተዋሂቡ]
dispensary-not-dosed = ገና

## ስክሪን ዓቐን

dispensary-reading = ፋይል ይንበብ ኣሎ…
dispensary-prescription = { $product } { $mg } mg ብመዓልቲ፡ ካብ { $from } ክሳብ { $until }
dispensary-prescription-by = ዝኣዘዘ ሓኪም፡ { $prescriber } · ናብ ገዛ፡ { $days ->
    [0] የለን
    [one] እንተበዝሐ 1 መዓልቲ
   *[other] እንተበዝሐ { $days } መዓልትታት
}
dispensary-no-current = ዝቕጽል ዘሎ ትእዛዝ መድሃኒት የለን።
dispensary-due = ናይ ሎሚ ዓቐን፡ { $mg } mg። Enter የረጋግጾ፡ ኣብዚ ይውሰድ።
dispensary-due-by-decision = ናይ ሎሚ ዓቐን፡ { $mg } mg፡ ብውሳነ ሓኪም ዝተወሰነ። Enter የረጋግጾ፡ ኣብዚ ይውሰድ።
dispensary-missed = { $missed ->
    [0] ዝተሓለፈ መዓልቲ የለን
    [one] 1 ዝተሓለፈ መዓልቲ
   *[other] { $missed } ዝተሓለፉ መዓልትታት
}
dispensary-take-homes-up-to = ናብ ገዛ፡ ክሳብ { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልትታት
}
dispensary-take-homes-none = ሎሚ ናብ ገዛ ዝውሰድ የለን
dispensary-back-on = ዝምለሰሉ ዕለት { $day }
dispensary-mg = { $mg } mg
dispensary-last-doses = ናይ መወዳእታ ዓቐናት
dispensary-no-doses = ኣብ ዝሓለፉ ክልተ ሰሙናት ዓቐን የለን።
dispensary-decision-mg = ፣ ብ { $mg } mg ዳግማይ ምጅማር
dispensary-last-decision = ውሳነ ናይ { $day } ({ $prescriber })፡ { $decision }{ $mg }
dispensary-tag-reversed = [ተሰሪዙ]
dispensary-tag-later = [ድሒሩ ዝተመዝገበ]
dispensary-ask-days = ንኽንደይ መዓልትታት? ካብ 1 ክሳብ { $days } ጽሓፍ (Esc፡ ዋላ ሓንቲ ኣይጽሓፍን)።
dispensary-ask-reverse = ናይዚ ሰብ ናይ ሎሚ ናይ መወዳእታ ምዝገባ ይሰረዝ? Enter፡ እወ · Esc፡ ኣይፋል።
dispensary-ask-reason = እቲ ዓቐን ስለምንታይ ተኣጊዱ?
dispensary-reason-intoxicated = እቲ ሰብ ሰኺሩ ወይ ኣብ ትሕቲ ጽልዋ እዩ
dispensary-reason-prescriber = ብውሳነ ዝኣዘዘ ሓኪም
dispensary-reason-other = ካልእ ምኽንያት
dispensary-reason-needed = ምኽንያት ጽሓፍ፡ ወይ ካብ ዝርዝር ሓደ ምረጽ።

## ቅጥዕታት

dispensary-decision-title = ውሳነ ዝኣዘዘ ሓኪም ንኮድ { $code }
dispensary-decision-hint = { $missed ->
    [0] ዝተሓለፈ መዓልቲ የለን።
    [one] 1 ዝተሓለፈ መዓልቲ።
   *[other] { $missed } ዝተሓለፉ መዓልትታት።
} ዝተሓለፉ መዓልትታት እንተ ኣገዲዶም ዓቐን ዳግማይ ምጅማር የድሊ።
dispensary-prescription-title = ሓድሽ ትእዛዝ መድሃኒት ንኮድ { $code }
dispensary-prescription-hint = ዕለታት ከም { $today }፤ ናይ መወዳእታ ዕለት እንተዘይብሉ ክሳብ ዝተፈቕደ ይቕጽል። ←→ መድሃኒት ይመርጽ።
dispensary-field-prescriber = ዝኣዘዘ ሓኪም
dispensary-field-decision = ውሳነ
dispensary-field-restart-mg = ዓቐን ዳግማይ ምጅማር (mg)
dispensary-field-product = መድሃኒት
dispensary-field-mg = ዓቐን ብመዓልቲ (mg)
dispensary-field-starts = ካብ
dispensary-field-ends = ክሳብ (ኣማራጺ)
dispensary-field-take-home-days = መዓልትታት ናብ ገዛ (0–7)
dispensary-field-note = መዘኻኸሪ
dispensary-error-product = መድሃኒት ምረጽ (←→)።
dispensary-error-days = መዓልትታት ናብ ገዛ ካብ 0 ክሳብ { $ceiling } ዝኾነ ቁጽሪ እዩ።

## ዝተመዝገበ

dispensary-recorded-given = ዓቐን ተመዝጊቡ፡ { $mg } mg ኣብዚ ተወሲዱ።
dispensary-recorded-take-home = ዓቐን ተመዝጊቡ፡ { $mg } mg ብመዓልቲ ናብ ገዛ ን{ $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልትታት
}።
dispensary-recorded-vomited = ተመዝጊቡ፡ ዓቐን ተተፊኡ ({ $mg } mg)። ብውሳነ ሓኪም ጥራይ እዩ ዳግማይ ዝወሃብ (d)።
dispensary-recorded-refused = ተመዝጊቡ፡ እቲ ሰብ ዓቐን ኣብዩ።
dispensary-recorded-withheld = ተመዝጊቡ፡ ዓቐን ተኣጊዱ።
dispensary-reversed = ተሰሪዙ፡ { $rows ->
    [one] { $rows } መስመር
   *[other] { $rows } መስመራት
}፤ መድሃኒት ናብ መዝገብ ይምለስ።
dispensary-decided = ውሳነ ዝኣዘዘ ሓኪም ተመዝጊቡ።
dispensary-prescribed = ትእዛዝ መድሃኒት ተመዝጊቡ፡ { $mg } mg ብመዓልቲ።
help-action-dose-labels = ናይቶም ሕጂ ናብ ገዛ ዝተዋህቡ ዓቐናት ምልክታት እንደገና ሕተም
help-action-register = መዝገብ ኣደንዛዚ መድሃኒታት ክፈት (ዘሎ መድሃኒት፣ ናይ መዓልቲ ሚዛን፣ ዝተቐበልናዮም ጥርናፈታት)
dispensary-tdi-starting = ነዚ ሰብ ገና ግዜ ሕክምና TDI የብሉን፤ ኣብ መጀመርታ ሕክምና ይኽፈት። t ነቲ ቅጥዒ ይኸፍቶ።
dispensary-tdi-returning = ሓድሽ ግዜ ሕክምና TDI ክኽፈት ኣለዎ፤ ድሕሪ ሽዱሽተ ኣዋርሕ ወይ ልዕሊኡ ተመሊሱ (ናይ መወዳእታ ርክብ { $day })። t ነቲ ቅጥዒ ይኸፍቶ።
