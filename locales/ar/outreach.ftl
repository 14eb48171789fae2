# الفرق المتنقلة: الأماكن والجولات والاتصالات والتطعيمات.

audit-place-update = الكتابة في سجل الأماكن
audit-outreach-session-update = تسجيل جولة ميدانية
audit-outreach-contact-insert = تسجيل اتصال في جولة ميدانية
audit-vaccination-insert = تسجيل تطعيم
