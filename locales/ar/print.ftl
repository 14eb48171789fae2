# المطبوعات: الورقة التي يأخذها الشخص، تذاكر الطابور، والطباعة نفسها.

## الورقة، بلغة الشخص
slip-title = إلى أين تذهب
slip-from = تحويل من { $site }
slip-address = العنوان: { $address }
slip-no-address = اسأل في الاستقبال عن العنوان.
slip-phone = الهاتف: { $phone }
slip-hours = أوقات العمل: { $hours }
slip-when = موعدك: { $date } الساعة { $time }
slip-when-none = بدون موعد: اذهب خلال أوقات العمل.
slip-urgent = اذهب اليوم من فضلك.
slip-bring = خذ معك هذه الورقة وأي وثائق لديك (بطاقة الهوية، بطاقة صندوق التأمين الصحي، رسائل CPAS). إذا لم يكن لديك أي وثيقة، اذهب على كل حال.
slip-contact = عندك سؤال؟ { $site }، { $phone }

## تذاكر الطابور
ticket-arrived = الوصول الساعة { $time }
ticket-wait = احتفظ بهذه التذكرة. سيظهر رقمك على الشاشة.

## الطباعة
print-sent = أُرسل إلى الطابعة { $printer }.
print-sent-default = أُرسل إلى الطابعة.
print-saved = حُفظ ملف PDF: { $path }
print-error-no-cups = لا يمكن الطباعة من هذا الجهاز (CUPS غير مثبّت). لم يضع شيء: احفظ ملف PDF من طابور الطباعة.
print-error-refused = لم تقبل الطابعة المستند: { $reason } لم يضع شيء: أعد المحاولة أو احفظه في ملف من طابور الطباعة.
print-error-write = تعذّرت كتابة { $path }: { $reason }. لم يضع شيء: جرّب مكانًا آخر، مفتاح USB مثلًا.
print-error-font = خطوط الطباعة داخل seuil تالفة؛ أعد تثبيت seuil. لم يضع شيء.
referral-error-unknown-id = لا يوجد تحويل رقم { $id }. صفحة الشخص تعرض تحويلاته.

## سطر الأوامر
cli-arg-urgent = يجب أن يذهب الشخص اليوم
cli-arg-appointment = موعد محجوز لدى الشريك (YYYY-MM-DD HH:MM)
cli-cmd-site = ترويسة المركز: الاسم والعنوان والهاتف
cli-arg-site-name = اسم المركز
site-field-name = المركز:
site-field-address = العنوان:
site-field-phone = الهاتف:
site-not-set = (غير محدد)
site-saved = حُفظت الترويسة؛ تُطبع على الرسائل والأوراق والتذاكر.
