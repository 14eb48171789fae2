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

## التواريخ بالحروف، في الرسائل والأوراق
date-long = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
date-weekday = { $weekday ->
        [1] الاثنين
        [2] الثلاثاء
        [3] الأربعاء
        [4] الخميس
        [5] الجمعة
        [6] السبت
       *[7] الأحد
    }
date-long-weekday = { $weekday } { $date }
date-month-year = { $month }/{ $year }
date-error-shape = اكتب التاريخ هكذا: 25/11/2026 (أو 2026-11-25).
date-error-no-such-day = هذا التاريخ غير موجود: { $day }/{ $month }/{ $year }.
date-error-no-such-month = هذا الشهر غير موجود: { $month }/{ $year }.
