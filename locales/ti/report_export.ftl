# report_export: messages of the reports (one file per area).

## መዝገብ ሰሌዳታት (XLSX)፡ እታ ናይ መወዳእታ ሉሕ ነቲ ጸብጻብ፡ ግዜኡ፡ ሕጊ ከምኡ’ውን ትርጉማት ትነግር።

# ስም ሉሕ፡ ብዝበዝሐ 31 ፊደላት።
report-export-sheet-rule = ሕግን ትርጉማትን
report-export-report = ጸብጻብ
report-export-title = ኣርእስቲ
report-export-version = ሕታም ናይ ትርጉማት
report-export-rule = ንኣሽቱ ቁጽርታት
report-export-from = ቀዳማይ መዓልቲ
report-export-to = ናይ መወዳእታ መዓልቲ
report-export-sheets = ሉሓት
report-export-definitions = ትርጉማት
report-export-definitions-source = docs/indicators.md፡ ክፍሊ «{ $section }»፡ ከምቲ ኣብኡ ዝተጻሕፈ (ብእንግሊዝኛ) ኣብ ታሕቲ ተጠቒሱ።
report-export-written-xlsx = ተጻሒፉ፡ { $path } ({ $sheets ->
    [0] ዋላ ሓንቲ ሉሕ የለን
    [one] ሓንቲ ሉሕ
   *[other] { $sheets } ሉሓት
})

## ስለምንታይ ፋይል ክጽሓፍ ከም ዘይከኣለ (ኣብ report-error-write ይንገር)

report-export-why-missing = እቲ ማህደር የለን
report-export-why-not-folder = ሓደ ክፋል ናይቲ መንገዲ ፋይል እዩ፡ ማህደር ኣይኮነን
report-export-why-denied = እዚ ሕሳብ ኣብኡ ክጽሕፍ ኣይፍቀደሉን
report-export-why-full = እቲ ዲስክ ወይ USB መሊኡ እዩ
report-export-why-read-only = እቲ ዲስክ ንምንባብ ጥራይ እዩ
report-export-why-folder = እዚ ስም ናይ ማህደር እዩ

cli-arg-report-xlsx = ነቶም ሰሌዳታት ናብዚ መዝገብ (XLSX) ጸሓፍ፡ ንነፍሲ ወከፍ ሰሌዳ ሓንቲ ሉሕ፡ ሕግን ትርጉማትን ኣብታ ናይ መወዳእታ

## እቲ ዝሕተም ጸብጻብ (PDF)

report-export-continued = { $title }፡ ቀጻሊ
report-export-page = ገጽ { $page } ካብ { $pages }
report-export-written-pdf = ተጻሒፉ፡ { $path } ({ $pages ->
    [0] ዋላ ሓንቲ ገጽ የለን
    [one] ሓንቲ ገጽ
   *[other] { $pages } ገጻት
})
cli-arg-report-pdf = ነቲ ጸብጻብ ንምሕታም ብPDF ጸሓፍ (A4፡ ርእሲ ደብዳበ ናይቲ ማእከል፡ ሕጊ ኣብ ታሕቲ ነፍሲ ወከፍ ገጽ)
