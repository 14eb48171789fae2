# دليل الشركاء.

partner-kind-hospital = مستشفى
partner-kind-cpas = CPAS (مركز الرعاية الاجتماعية العمومي)
partner-kind-medical = مركز طبي
partner-kind-shelter = مأوى
partner-kind-specialised = خدمة متخصصة
partner-kind-other = أخرى
partner-added = أُضيف الشريك: { $name }.
partner-error-name = يحتاج الشريك إلى اسم.
partner-error-kind = نوع غير معروف «{ $kind }». الأنواع: hospital، cpas، medical، shelter، specialised، other.
partner-error-letter-lang = تُكتب الرسائل بالفرنسية أو الهولندية: fr أو nl، وليس «{ $lang }».
partner-error-taken = { $name } موجود في الدليل من قبل.
partner-error-too-long = خانة الشريك { $max } حرفًا على الأكثر.
cli-arg-address = العنوان
cli-arg-phone = رقم الهاتف
cli-arg-hours = ساعات العمل
cli-arg-notes = ملاحظات للفريق
