## كلمات وصيغ مشتركة بين كل الشاشات والأوامر.

app-name = seuil
app-tagline = الاستقبال
date-short = { $day }/{ $month }/{ $year }
time-short = { $hour }:{ $minute }
count-persons =
    { $count ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }
source-command-line = في سطر الأوامر
source-config = في ملف الإعدادات
date-month-year = { $month }/{ $year }
date-error-shape = اكتب التاريخ هكذا: 25/11/2026 (أو 2026-11-25).
date-error-no-such-day = هذا التاريخ غير موجود: { $day }/{ $month }/{ $year }.
date-error-no-such-month = هذا الشهر غير موجود: { $month }/{ $year }.
