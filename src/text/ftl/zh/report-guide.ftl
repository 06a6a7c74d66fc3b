# `pathfit roles` 与 `pathfit faq` 中量表文字以外的用语（text/report/guide.rs）。

guide-day = 一天的工作
guide-works-with = 合作对象
guide-delivers = 工作产出
guide-judged-by = 考核标准
guide-example-roles = 典型岗位
guide-next-roles = 后续岗位
guide-certifications = 资格证书
guide-stakeholder = { $who }：{ $needs }
guide-none = （本量表未提供）
guide-roles-title = { $title }：各方向对照
guide-faq-title = { $title }：常见问题
