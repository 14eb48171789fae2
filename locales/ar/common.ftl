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
picker-hint = ←/→ للاختيار، أو اكتب بداية الاسم؛ Delete يفرغ الخانة.
