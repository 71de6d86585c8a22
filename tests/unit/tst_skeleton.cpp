#include <QTest>

class SkeletonTest : public QObject
{
    Q_OBJECT
private slots:
    void builds() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(SkeletonTest)
#include "tst_skeleton.moc"
