# 执行计划的日期和时间（text/commands/assess.rs）：各种语言的星期名称都能识别。

practice-ask = 你打算每周哪几天、几点执行计划？先写星期，再写24小时制时间，例如“周一、周三、周五 07:30”（按 Enter 保留当前显示的值）：
practice-not-a-day = `{ $word }` 不是有效的星期；请写周一至周日，或星期一至星期日
practice-separator = 、
practice-mon = 周一
practice-tue = 周二
practice-wed = 周三
practice-thu = 周四
practice-fri = 周五
practice-sat = 周六
practice-sun = 周日
