# The words of `pathfit roles` and `pathfit faq` around the rubric's own (text/report/guide.rs).

guide-day = A day
guide-works-with = Works with
guide-delivers = Delivers
guide-judged-by = Judged by
guide-example-roles = Example roles
guide-next-roles = Next roles
guide-certifications = Certifications
guide-stakeholder = { $who }: { $needs }
guide-none = (none in this rubric)
guide-roles-title = { $title }: the paths side by side
guide-faq-title = { $title }: questions and answers
