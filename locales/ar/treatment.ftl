# العلاج البديل: الوصفات والجرعات وقرارات الطبيب الواصف.

audit-prescription-insert = تسجيل وصفة
audit-dose-insert = تسجيل جرعة
audit-decision-insert = تسجيل قرار الطبيب الواصف
audit-product-update = تعديل قائمة الأدوية
audit-stock-update = الكتابة في سجل المواد المخدرة
audit-tdi-insert = فتح حلقة علاج TDI
audit-tdi-update = استكمال حلقة علاج TDI
